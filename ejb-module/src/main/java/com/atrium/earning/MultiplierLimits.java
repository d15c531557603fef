package com.atrium.earning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a multiplier marketing may give (category, tier, tenant, birthday month, campaign):
 * above {@code atrium.earning.multiplier-warning} the portal asks to confirm before publishing (a
 * slip of the finger costs the issuers real money); above {@code atrium.earning.multiplier-maximum}
 * publishing is refused. The maximum never exceeds what the evaluator can apply without overflow
 * ({@link EarningRuleSet#MAX_FACTOR}).
 */
@ApplicationScoped
public class MultiplierLimits implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "atrium.earning.multiplier-warning", defaultValue = "5")
  BigDecimal warning;

  @Inject
  @ConfigProperty(name = "atrium.earning.multiplier-maximum", defaultValue = "10")
  BigDecimal maximum;

  /** Above it, the portal asks for confirmation before publishing. */
  public BigDecimal warning() {
    return warning.min(maximum());
  }

  /** Above it, a multiplier is refused. */
  public BigDecimal maximum() {
    return maximum.min(EarningRuleSet.MAX_FACTOR);
  }
}
