package com.atrium.ledger;

import com.atrium.tenant.TenantOpened;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;

/**
 * Gives every new tenant its issuance and redemption accounts, in the transaction that opened the
 * tenant: no tenant exists without the accounts its sales and redemptions post to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TenantAccountsOpener {

  @EJB LedgerService ledger;

  public void on(@Observes TenantOpened opened) {
    ledger.openTenantAccounts(opened.tenantId());
  }
}
