package com.atrium.care;

/**
 * What entering a phone change's code did: {@code CONFIRMED} (the member's phone is the new one),
 * {@code WRONG_CODE} (with the tries left), {@code EXPIRED} or {@code TOO_MANY_ATTEMPTS} (a new
 * code must be sent). Not a refusal: the try is counted and stays counted.
 */
public record PhoneConfirmation(PhoneCodeOutcome outcome, int attemptsLeft, String maskedPhone) {

  public boolean confirmed() {
    return outcome == PhoneCodeOutcome.CONFIRMED;
  }
}
