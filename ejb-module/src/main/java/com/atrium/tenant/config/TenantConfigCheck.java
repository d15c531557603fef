package com.atrium.tenant.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start Atrium on an invalid tenant configuration: at deployment it checks every
 * required key ({@link TenantConfigRules}) and, if any is missing or wrong, throws one exception
 * listing them all, which makes the server fail the deployment. A running Atrium therefore always
 * has a valid configuration; readiness reports what was checked.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TenantConfigCheck {

  private static final Logger LOG = Logger.getLogger(TenantConfigCheck.class.getName());

  @Inject Config config;

  private volatile TenantConfigRules.Result result;

  @PostConstruct
  void checkAtStartup() {
    TenantConfigRules.Result checked = TenantConfigRules.check(config);
    if (!checked.isValid()) {
      LOG.severe(checked::message);
      throw new InvalidTenantConfigurationException(checked.message());
    }
    result = checked;
    LOG.info(
        () ->
            "Tenant configuration valid: "
                + checked.tenantCodes().size()
                + " tenants, from "
                + sourceNames());
  }

  /** True once the startup check passed. */
  public boolean isValid() {
    return result != null && result.isValid();
  }

  public Set<String> tenantCodes() {
    return result == null ? Set.of() : result.tenantCodes();
  }

  /** Where the configuration was read from: the configured folder or the bundled demo files. */
  public String sourceNames() {
    String dir = TenantConfigSourceProvider.configuredDirectory();
    return dir != null
        ? dir
        : "classpath:" + TenantConfigSourceProvider.CLASSPATH_FOLDER + " (bundled demo)";
  }
}
