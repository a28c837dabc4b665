package dev.golden.server.hub;

import dev.golden.store.Account;
import dev.golden.store.Accounts;
import dev.golden.store.Contact;
import dev.golden.store.Store;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a customer works: each of the person's contacts with its account's place in the hierarchy
 * (a factory and its branch plants) and the other contacts across that hierarchy.
 */
public final class Affiliations {

  /** How many other contacts of one hierarchy are shown beside a person's contact. */
  public static final int COLLEAGUES = 50;

  private final Store store;

  Affiliations(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * One contact of the person, in its account hierarchy.
   *
   * @param path the accounts from the top of the hierarchy down to the contact's own
   * @param siblings the other branches under the same parent, none at the top
   * @param branches the accounts directly under the contact's own
   * @param colleagues up to {@link #COLLEAGUES} other contacts anywhere in the hierarchy
   */
  public record Affiliation(Contact contact, List<Account> path, List<Account> siblings, List<Account> branches,
      List<Colleague> colleagues) {

    public Affiliation {
      if (path.isEmpty()) {
        throw new IllegalArgumentException("a contact's path has at least its own account");
      }
      path = List.copyOf(path);
      siblings = List.copyOf(siblings);
      branches = List.copyOf(branches);
      colleagues = List.copyOf(colleagues);
    }

    /** The account the contact is at. */
    public Account account() {
      return path.get(path.size() - 1);
    }
  }

  /** Another contact in the hierarchy, at its account. */
  public record Colleague(Contact contact, Account account) {}

  /** The customer's contacts, each in its hierarchy; none when the customer is no contact anywhere. */
  public List<Affiliation> of(long customerId) {
    return store.inTransaction(tx -> {
      Accounts accounts = tx.accounts();
      List<Affiliation> found = new ArrayList<>();
      for (Contact contact : accounts.contactsOfCustomer(customerId)) {
        found.add(affiliation(accounts, contact));
      }
      return found;
    });
  }

  private static Affiliation affiliation(Accounts accounts, Contact contact) {
    List<Account> path = new ArrayList<>(accounts.lineage(contact.accountId()));
    Collections.reverse(path);
    Account top = path.get(0);
    Account own = path.get(path.size() - 1);
    List<Account> siblings = own.parentId()
        .map(parent -> accounts.children(parent).stream().filter(a -> a.id() != own.id()).toList())
        .orElse(List.of());
    Map<Long, Account> hierarchy = new HashMap<>();
    accounts.subtree(top.id()).forEach(a -> hierarchy.put(a.id(), a));
    List<Colleague> colleagues = accounts.contactsUnder(top.id(), COLLEAGUES + 1).stream()
        .filter(c -> c.id() != contact.id()).limit(COLLEAGUES)
        .map(c -> new Colleague(c, hierarchy.get(c.accountId()))).toList();
    return new Affiliation(contact, path, siblings, accounts.children(own.id()), colleagues);
  }
}
