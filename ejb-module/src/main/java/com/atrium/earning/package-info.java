/**
 * Earning context: sales through members and the rules that turn them into points. Owns table
 * {@code sale}. Credits points only through the ledger; the evaluation of the rules is stored with
 * the sale as its explanation.
 */
package com.atrium.earning;
