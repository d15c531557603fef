package com.atrium.api.pos;

import com.atrium.member.MemberRegistration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new member registered at the till. */
public class RegistrationBody {
  @NotBlank
  @Size(max = 32)
  public String phone;

  @NotBlank
  @Size(max = 100)
  public String name;

  public LocalDate birthday;

  @Pattern(regexp = "zh|en")
  public String language;

  public boolean acceptTerms;

  public boolean marketingConsent;

  MemberRegistration toRegistration() {
    return new MemberRegistration(phone, name, birthday, language, acceptTerms, marketingConsent);
  }
}
