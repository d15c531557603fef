package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ExactlyOnceTest {

  private final List<String> attempts = new ArrayList<>();

  @Test
  void aNewWriteIsAttemptedOnceWithoutLookingForAnOriginal() {
    String answer = run(() -> attempt("new", "written"), () -> attempt("check", "x"));
    assertThat(answer).isEqualTo("written");
    assertThat(attempts).containsExactly("new");
  }

  @Test
  void aReplayCaughtAtTheUniqueConstraintIsAnsweredByTheCheckingAttempt() {
    String answer =
        run(
            () -> {
              attempt("new", null);
              throw new ExactlyOnce.Duplicate();
            },
            () -> attempt("check", "original"));
    assertThat(answer).isEqualTo("original");
    assertThat(attempts).containsExactly("new", "check");
  }

  @Test
  void aRefusalOfTheFirstAttemptIsAskedAgainSoThatAReplayGetsItsOriginal() {
    String answer =
        run(
            () -> {
              attempt("new", null);
              throw DomainException.conflict("MEMBER_BLOCKED", "blocked now");
            },
            () -> attempt("check", "original from before the block"));
    assertThat(answer).isEqualTo("original from before the block");
    assertThat(attempts).containsExactly("new", "check");
  }

  @Test
  void aRefusalThatIsNoReplayIsRefusedAgainByTheCheckingAttempt() {
    assertThatThrownBy(
            () ->
                run(
                    () -> {
                      throw DomainException.conflict("MEMBER_BLOCKED", "blocked");
                    },
                    () -> {
                      attempt("check", null);
                      throw DomainException.conflict("MEMBER_BLOCKED", "blocked");
                    }))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("blocked");
    assertThat(attempts).containsExactly("check");
  }

  @Test
  void aCheckingAttemptThatLosesARaceRunsOnceMoreAndFindsTheWinner() {
    int[] checks = {0};
    String answer =
        run(
            () -> {
              throw new ExactlyOnce.Duplicate();
            },
            () -> {
              if (checks[0]++ == 0) {
                throw new ExactlyOnce.Duplicate();
              }
              return "winner";
            });
    assertThat(answer).isEqualTo("winner");
    assertThat(checks[0]).isEqualTo(2);
  }

  @Test
  void aUniqueViolationReportedByTheContainerCountsAsAReplayToo() {
    EJBException fromContainer =
        new EJBException(new RuntimeException(new SQLException("duplicate key", "23505")));
    String answer =
        run(
            () -> {
              throw fromContainer;
            },
            () -> "original");
    assertThat(answer).isEqualTo("original");
  }

  @Test
  void anyOtherFailureIsNotRetried() {
    EJBException broken = new EJBException(new IllegalStateException("disk full"));
    assertThatThrownBy(
            () ->
                run(
                    () -> {
                      throw broken;
                    },
                    () -> attempt("check", "never")))
        .isSameAs(broken);
    assertThat(attempts).isEmpty();
  }

  /** The two attempts of one write, as {@link ExactlyOnce#run} asks for them. */
  private static <T> T run(Supplier<T> assumingNew, Supplier<T> checkingFirst) {
    return ExactlyOnce.run(
        attempt ->
            attempt == ExactlyOnce.Attempt.ASSUMING_NEW ? assumingNew.get() : checkingFirst.get());
  }

  private String attempt(String name, String answer) {
    attempts.add(name);
    return answer;
  }
}
