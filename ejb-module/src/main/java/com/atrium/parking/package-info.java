/**
 * Parking perks (docs/parking.md): the plates members bind (with their separate consent, encrypted
 * at rest and found through a keyed blind index, masked everywhere). Plates are personal data of
 * whereabouts: a plate in clear never leaves this package except to the caller who typed it, never
 * reaches a log or a list. Members are read through {@code MemberDirectory}; nothing here reads
 * another context's tables.
 */
package com.atrium.parking;
