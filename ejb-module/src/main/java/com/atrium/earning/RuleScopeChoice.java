package com.atrium.earning;

import java.io.Serializable;

/**
 * A scope the caller may publish earning rules for, named for a picker.
 *
 * @param mallCode null for the group
 * @param mallName null for the group
 */
public record RuleScopeChoice(RuleScope scope, String mallCode, String mallName)
    implements Serializable {}
