package com.atrium.notification;

/** A message in the member's language. */
public record Rendered(String subject, String body) {}
