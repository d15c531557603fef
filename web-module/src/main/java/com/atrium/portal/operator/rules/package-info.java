/**
 * Operator pages for the earning rules: the versions and campaign budgets ({@code
 * operator/rules/list.xhtml}) and a draft to simulate and publish ({@code
 * operator/rules/edit.xhtml}). The rules and their audit live in {@code com.atrium.earning}.
 */
package com.atrium.portal.operator.rules;
