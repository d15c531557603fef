package com.atrium.earning;

import java.io.Serializable;

/**
 * Where a version of the earning rules applies: the whole group (every mall without rules of its
 * own in force) or one mall. A sale uses its mall's own rules when they are in force, else the
 * group's.
 *
 * @param mallId null for the group
 */
public record RuleScope(Long mallId) implements Serializable {

  public static final RuleScope GROUP = new RuleScope(null);

  public static RuleScope mall(long mallId) {
    return new RuleScope(mallId);
  }

  public boolean isGroup() {
    return mallId == null;
  }
}
