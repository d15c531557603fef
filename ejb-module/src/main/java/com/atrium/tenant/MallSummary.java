package com.atrium.tenant;

import java.io.Serializable;

/** A mall as other contexts and the portal name it: id, code and name. */
public record MallSummary(long id, String code, String name) implements Serializable {}
