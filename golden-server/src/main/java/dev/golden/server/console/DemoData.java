package dev.golden.server.console;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.hub.Actor;
import dev.golden.hub.Importer;
import dev.golden.hub.ImportReport;
import dev.golden.hub.QualityMetrics;
import dev.golden.hub.ReadPool;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.PasswordHasher;
import dev.golden.server.security.Role;
import dev.golden.server.security.StoreUserAccounts;
import dev.golden.store.Account;
import dev.golden.store.Accounts;
import dev.golden.store.Contact;
import dev.golden.store.Customer;
import dev.golden.store.Store;
import dev.golden.store.StoreConfig;
import dev.golden.synth.SyntheticCustomers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A hub filled with generated customers to try the console on: Latin and Chinese names with
 * duplicates (some merged by the batch run, some waiting for review), values received long enough
 * ago that part of them are stale, a quality trend, pending change requests, two companies with
 * branch plants whose contacts are customers, and one user per role.
 * Used by {@code golden demo} and the browser tests.
 */
public final class DemoData {

  /** Every demo user's password. */
  public static final String PASSWORD = "golden-demo-password";
  /** The demo users, one per role, each named after it. */
  public static final List<String> USERS = List.of("admin", "approver", "steward", "agent");
  /** The customers' records arrived this long ago: past the one-year freshness of phones and addresses. */
  static final Duration IMPORTED_AGO = Duration.ofDays(400);
  static final String SOURCE = "crm";
  private static final long SEED = 20_251_123L;

  private DemoData() {}

  /**
   * Opens the hub under {@code home}, first loading the demo data set when the store is empty.
   *
   * @param people how many generated people (each with 0 or more duplicate records)
   */
  public static Hub open(Path home, int people, int bcryptCost, Consumer<String> console) {
    StoreConfig config = StoreConfig.embedded(home);
    // One store for the whole history, its clock moved back and forth: reopening an embedded
    // database right after closing it is what the demo should not depend on.
    ShiftedClock clock = new ShiftedClock();
    boolean empty;
    try (Store store = Store.open(config, clock)) {
      empty = store.users().count() == 0 && store.customers().countActive() == 0;
      if (empty) {
        importCustomers(home, store, config, clock, people, console);
      }
    }
    Hub hub = Hub.builder(config).console(console).open();
    if (empty) {
      try {
        freshenSome(hub);
        requestChanges(hub);
        addAccounts(hub);
        createUsers(hub, bcryptCost);
      } catch (RuntimeException e) {
        hub.close();
        throw e;
      }
    }
    return hub;
  }

  /** Imports the generated file as it was received 400 days ago, with quality snapshots since. */
  private static void importCustomers(Path home, Store store, StoreConfig config, ShiftedClock clock, int people,
      Consumer<String> console) {
    try {
      Files.createDirectories(home);
      Path csv = home.resolve("demo-customers.csv");
      SyntheticCustomers.builder().people(people).seed(SEED).chineseShare(0.45).build()
          .write(csv, home.resolve("demo-customers-truth.csv"));
      console.accept("Loading the demo data set: " + people + " generated people, Latin and Chinese...");
      clock.shift(IMPORTED_AGO.negated());
      ImportReport report = Importer.builder(store).actor("import:" + SOURCE).build().importFile(csv, SOURCE);
      console.accept(String.format(Locale.ROOT, "Imported %d records into %d customers; %d pairs to review.",
          report.rowsRead(), report.customersCreated(), report.reviewLinks()));
      try (ReadPool reads = ReadPool.open(config)) {
        QualityMetrics quality = new QualityMetrics(store, reads, DataDictionary.defaults());
        for (int daysAgo = 84; daysAgo > 0; daysAgo -= 14) {
          clock.shift(Duration.ofDays(daysAgo).negated());
          quality.snapshot();
        }
      }
      clock.shift(Duration.ZERO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The system clock, shifted by an offset that can change: the demo's history is written "in the past". */
  private static final class ShiftedClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    void shift(Duration offset) {
      this.offset = offset;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return Clock.systemUTC().instant().plus(offset);
    }
  }

  /** Two customers in three confirmed their values recently, so only the rest wait for re-verification. */
  private static void freshenSome(Hub hub) {
    List<String> tracked = new ArrayList<>();
    for (FieldDefinition field : hub.standardization().dictionary().fields()) {
      if (!field.freshFor().isZero()) {
        tracked.add(field.name());
      }
    }
    Actor agent = new Actor("agent", dev.golden.store.Role.AGENT);
    long after = 0;
    List<Customer> page;
    while (!(page = hub.store().customers().activeAfter(after, 500)).isEmpty()) {
      for (Customer customer : page) {
        List<String> fields = tracked.stream().filter(customer.values()::containsKey).toList();
        if (customer.id() % 3 != 0 && !fields.isEmpty()) {
          hub.freshness().verify(customer.id(), customer.version(), fields, agent);
        }
      }
      after = page.get(page.size() - 1).id();
    }
  }

  /** Agents asked for changes to protected fields; an approver decides them. */
  private static void requestChanges(Hub hub) {
    List<Map<String, String>> changes = List.of(
        Map.of("service_level", "premium"),
        Map.of("billing_address", "上海市浦东新区世纪大道100号"),
        Map.of("service_level", "standard"),
        Map.of("billing_address", "12 Harbour Street, Sydney"),
        Map.of("service_level", "basic"));
    List<Customer> some = hub.store().customers().activeAfter(0, changes.size() * 7);
    Actor agent = new Actor("agent", dev.golden.store.Role.AGENT);
    for (int i = 0; i < changes.size() && i * 7 < some.size(); i++) {
      Customer customer = some.get(i * 7);
      Customer current = hub.store().customers().find(customer.id()).orElseThrow();
      hub.editor().edit(current.id(), current.version(), changes.get(i), agent);
    }
  }

  /** A company, its branch plants with theirs, and the job titles of the contacts at each. */
  private record Plant(String name, List<String> titles, List<Plant> branches) {}

  private static final Plant HUANAN = new Plant("华南电子制造有限公司", List.of("总经理", "财务总监"), List.of(
      new Plant("华南电子 东莞分厂", List.of("厂长", "采购经理"),
          List.of(new Plant("东莞分厂 二车间", List.of("车间主任"), List.of()))),
      new Plant("华南电子 深圳分厂", List.of("厂长", "质量工程师"), List.of())));
  private static final Plant HARBOUR = new Plant("Harbour Engineering Group", List.of("Managing Director"), List.of(
      new Plant("Harbour Engineering – Sydney plant", List.of("Plant Manager", "Purchasing Officer"), List.of()),
      new Plant("Harbour Engineering – Newcastle plant", List.of("Plant Manager", "Safety Officer"), List.of())));

  /**
   * A Chinese and an English-speaking manufacturer with their branch plants; their contacts are
   * customers with Chinese and with Latin names. One contact at each company is not a customer.
   */
  private static void addAccounts(Hub hub) {
    List<Customer> chinese = new ArrayList<>();
    List<Customer> latin = new ArrayList<>();
    for (Customer customer : hub.store().customers().activeAfter(0, 200)) {
      String name = Names.of(customer);
      boolean person = !name.startsWith("#") && !customer.values().containsKey("company_name");
      if (person) {
        (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            ? chinese : latin).add(customer);
      }
    }
    addCompany(hub, HUANAN, chinese.iterator(), "陈明（未建档）");
    addCompany(hub, HARBOUR, latin.iterator(), "Pat Reilly (no customer record)");
  }

  private static void addCompany(Hub hub, Plant company, Iterator<Customer> people, String outsider) {
    Account top = hub.store().accounts().create(company.name(), "steward");
    hub.store().accounts().addContact(top.id(), outsider, "", "steward");
    addPlant(hub, top, company, people);
  }

  private static void addPlant(Hub hub, Account account, Plant plant, Iterator<Customer> people) {
    Accounts accounts = hub.store().accounts();
    for (String title : plant.titles()) {
      if (people.hasNext()) {
        Customer person = people.next();
        Contact contact = accounts.addContact(account.id(), Names.of(person), title, "steward");
        accounts.linkContact(contact.id(), person.id(), "steward");
      }
    }
    for (Plant branch : plant.branches()) {
      addPlant(hub, accounts.createUnder(account.id(), branch.name(), "steward"), branch, people);
    }
  }

  private static void createUsers(Hub hub, int bcryptCost) {
    StoreUserAccounts users = new StoreUserAccounts(hub.store().users());
    PasswordHasher hasher = new PasswordHasher(bcryptCost);
    String hash = hasher.hash(PASSWORD);
    for (String name : USERS) {
      if (users.findByUsername(name).isEmpty()) {
        users.create(name, hash, Role.valueOf(name.toUpperCase(Locale.ROOT)));
      }
    }
  }
}
