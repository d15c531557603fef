package com.atrium.partner;

/** IN: partner points become mall points; OUT: mall points become partner points. */
public enum Direction {
  IN,
  OUT
}
