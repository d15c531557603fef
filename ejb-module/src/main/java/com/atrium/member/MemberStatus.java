package com.atrium.member;

public enum MemberStatus {
  ACTIVE,
  BLOCKED
}
