package com.atrium.api.pos;

import jakarta.validation.constraints.Size;

/**
 * A member as a till knows them: by phone or card number (phones never go in URLs). A class, not a
 * record: Payara's OpenAPI scanner fails on constraints of record constructor parameters.
 */
public class MemberReference {
  @Size(max = 32)
  public String phone;

  @Size(max = 32)
  public String cardNumber;
}
