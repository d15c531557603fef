package com.atrium.ledger;

import com.atrium.tenant.TenantOpened;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives every new tenant its issuance, redemption and campaign accounts, in the transaction that
 * opened the tenant: no tenant exists without the accounts its sales and redemptions post to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TenantAccountsOpener {

  @Inject LedgerAccounts accounts;

  public void on(@Observes TenantOpened opened) {
    accounts.openTenantAccounts(opened.tenantId());
  }
}
