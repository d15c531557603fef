package com.atrium.api.pos;

import com.atrium.member.MemberRegistration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new member registered at the till. */
@Schema(name = "MemberRegistration")
public class RegistrationBody {
  @NotBlank
  @Size(max = 32)
  @Schema(example = "13800138000")
  public String phone;

  @NotBlank
  @Size(max = 100)
  @Schema(example = "王小明")
  public String name;

  @Schema(example = "1990-05-17")
  public LocalDate birthday;

  @Pattern(regexp = "zh|en")
  @Schema(description = "Language of messages to the member: zh or en", example = "zh")
  public String language;

  @Schema(description = "The member accepted the programme terms (required)")
  public boolean acceptTerms;

  @Schema(description = "The member agrees to marketing messages")
  public boolean marketingConsent;

  MemberRegistration toRegistration() {
    return new MemberRegistration(phone, name, birthday, language, acceptTerms, marketingConsent);
  }
}
