package com.atrium.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sales through members and points issued on one business day of the mall. */
public record DailyFigure(LocalDate day, long sales, BigDecimal amount, long points) {}
