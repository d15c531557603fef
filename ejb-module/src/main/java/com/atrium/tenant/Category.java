package com.atrium.tenant;

/** Trade category of a tenant; earning and clearing defaults are configured per category. */
public enum Category {
  FOOD_BEVERAGE,
  FASHION,
  CINEMA,
  SUPERMARKET,
  KIDS,
  BEAUTY,
  SPORTS,
  ELECTRONICS,
  SERVICES,
  OTHER
}
