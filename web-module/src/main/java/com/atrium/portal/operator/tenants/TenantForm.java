package com.atrium.portal.operator.tenants;

import com.atrium.tenant.Category;
import com.atrium.tenant.TenantDetails;
import com.atrium.tenant.TenantDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The editable side of a {@link TenantDraft} (a record cannot be bound to inputs). Carries the
 * draft's constraints so that Faces validates each field before the service is called.
 */
public class TenantForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 32)
  private String code;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotNull private Category category;

  @Size(max = 16)
  private String floor;

  @Size(max = 32)
  private String unit;

  private LocalDate contractStart;
  private LocalDate contractEnd;

  static TenantForm of(TenantDetails t) {
    TenantForm f = new TenantForm();
    f.code = t.code();
    f.name = t.name();
    f.category = t.category();
    f.floor = t.floor();
    f.unit = t.unit();
    f.contractStart = t.contractStart();
    f.contractEnd = t.contractEnd();
    return f;
  }

  TenantDraft toDraft() {
    return new TenantDraft(
        code == null ? null : code.trim().toUpperCase(Locale.ROOT),
        name,
        category,
        floor,
        unit,
        contractStart,
        contractEnd);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public String getFloor() {
    return floor;
  }

  public void setFloor(String floor) {
    this.floor = floor;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public LocalDate getContractStart() {
    return contractStart;
  }

  public void setContractStart(LocalDate contractStart) {
    this.contractStart = contractStart;
  }

  public LocalDate getContractEnd() {
    return contractEnd;
  }

  public void setContractEnd(LocalDate contractEnd) {
    this.contractEnd = contractEnd;
  }
}
