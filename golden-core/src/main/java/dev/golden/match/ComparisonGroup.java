package dev.golden.match;

import java.io.Serializable;
import java.util.List;

/**
 * Comparisons whose disagreements are not independent evidence: one move changes the street, house
 * number, city, region and postcode at once, so summing their "else" weights counts one event four
 * or five times. Matches are taken as a mixture: most kept their address (the members' own m, as
 * independent as before), a share {@link #moved} changed all of it, and a changed address compares
 * like a non-match's, a Bayes factor of 1. The group's weight is then
 * {@code log2((1 - moved) * 2^S + moved)} for the members' summed weight S: S itself where they
 * agree, never below {@code log2(moved)} however many of them differ.
 *
 * <p>A move is allowed for only where something vouches for it. The pair must be of people (one
 * of the {@code requires} comparisons present: a company's branch has nothing but its address to
 * be told from its head office by), and must share an identifier that a move leaves alone (one of
 * the {@code confirmedBy} comparisons at its first, exact level: the same phone, date of birth or
 * national id; not an e-mail, often made of the name): without one, a namesake elsewhere is far
 * likelier than a customer who moved, and the address counts part by part as before.
 *
 * @param name what the group is, shown in explanations ("address")
 * @param members names of the grouped comparisons
 * @param requires names of comparisons at least one of which a pair must have (both records filled)
 *     for the group to apply
 * @param confirmedBy names of comparisons at least one of which must agree exactly (its first level)
 *     for the group to apply
 * @param m probability among the matches the group applies to that every present member disagrees
 *     outright (its else level), given that at least two are present
 * @param u the same probability among non-matches (counted among pairs with a required comparison,
 *     whether confirmed or not: random pairs seldom share an identifier, and a non-match's address
 *     differs regardless)
 */
public record ComparisonGroup(String name, List<String> members, List<String> requires, List<String> confirmedBy,
    double m, double u) implements Serializable {
  /** Fewer present members than this say too little about a whole address to be grouped. */
  static final int MIN_PRESENT = 2;
  /** At most half of the matches moved: a group that most matches change tells nothing. */
  static final double MAX_MOVED = 0.5;

  public ComparisonGroup {
    members = List.copyOf(members);
    requires = List.copyOf(requires);
    confirmedBy = List.copyOf(confirmedBy);
    if (requires.isEmpty() || confirmedBy.isEmpty()) {
      throw new IllegalArgumentException("group '" + name + "' needs comparisons it requires and is confirmed by");
    }
    if (members.size() < MIN_PRESENT) {
      throw new IllegalArgumentException("group '" + name + "' needs at least " + MIN_PRESENT + " comparisons");
    }
    if (!(m > 0 && m <= 1 && u > 0 && u <= 1)) {
      throw new IllegalArgumentException("group '" + name + "': m and u must be in (0, 1]");
    }
  }

  /**
   * The share of matches whose whole group changed: m / u, since a changed group differs as often
   * as a non-match's does; at most {@link #MAX_MOVED}.
   */
  public double moved() {
    return Math.min(MAX_MOVED, m / u);
  }

  /** The group's weight in bits for its members' summed level weights. */
  public double weight(double memberSum) {
    double moved = moved();
    return ComparisonParameters.log2((1 - moved) * Math.pow(2, memberSum) + moved);
  }
}
