package com.atrium.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} attributes as SQL timestamps. The EclipseLink of Payara 6 maps an unknown
 * {@code Instant} as a serialized blob, which fails against a {@code timestamptz} column; with this
 * converter every entity's instants read and write as timestamps (UTC instants, as the schema
 * says).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
