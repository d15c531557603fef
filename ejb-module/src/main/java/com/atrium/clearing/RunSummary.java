package com.atrium.clearing;

import java.math.BigDecimal;

/**
 * A run as a list of runs shows it: the run and its operator statement's net (what the operator
 * keeps of the period; null only while a run has no statements, which a stored run always has).
 */
public record RunSummary(RunView run, BigDecimal operatorNet) {}
