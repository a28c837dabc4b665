package dev.golden.server.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.store.IncomingRecord;
import dev.golden.store.NewCustomers.Created;
import dev.golden.store.NewCustomers.Entry;
import dev.golden.store.Store;
import dev.golden.store.StoreConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Group commit: creations of concurrent callers committed together, each answered with its own outcome")
class GroupCommitTest {

  @Test
  void everyConcurrentCallerGetsItsOwnCommittedCustomer(@TempDir Path home) throws Exception {
    try (Store store = Store.open(StoreConfig.embedded(home)); GroupCommit commits = new GroupCommit(store)) {
      ExecutorService callers = Executors.newFixedThreadPool(8);
      try {
        List<Future<Created>> answers = IntStream.range(0, 200)
            .mapToObj(i -> callers.submit(() -> commits.create(entry("crm-" + i, "Customer " + i))))
            .toList();
        for (int i = 0; i < answers.size(); i++) {
          assertThat(answers.get(i).get().record().sourceId()).isEqualTo("crm-" + i);
        }
        assertThat(answers.stream().map(GroupCommitTest::customerId).distinct()).hasSize(200);
      } finally {
        callers.shutdownNow();
      }
    }
  }

  @Test
  void aClosedWriterRefusesNewEntriesInsteadOfLeavingTheCallerWaiting(@TempDir Path home) {
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      GroupCommit commits = new GroupCommit(store);
      commits.close();

      assertThatThrownBy(() -> commits.create(entry("crm-1", "Ada Lovelace")))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
  }

  @Test
  void theWriterWaitsForAnnouncedEntriesSoThatTheyCommitInOneGroup(@TempDir Path home) throws Exception {
    try (Store store = Store.open(StoreConfig.embedded(home));
         GroupCommit commits = new GroupCommit(store, Duration.ofHours(1))) {
      List<GroupCommit.Announced> checking = List.of(commits.announce(), commits.announce(), commits.announce());
      ExecutorService callers = Executors.newFixedThreadPool(3);
      try {
        List<Future<Created>> answers = new ArrayList<>();
        for (int i = 0; i < checking.size(); i++) {
          Entry entry = entry("crm-" + i, "Customer " + i);
          GroupCommit.Announced announced = checking.get(i);
          answers.add(callers.submit(() -> announced.create(entry)));
          Thread.sleep(20); // the first entry is alone in the queue for a while: the writer must wait
        }
        for (Future<Created> answer : answers) {
          assertThat(answer.get().customer().isActive()).isTrue();
        }
      } finally {
        callers.shutdownNow();
      }
      assertThat(commits.stats()).isEqualTo(new GroupCommit.Stats(1, 3));
    }
  }

  @Test
  @Timeout(60)
  void aLoneCallerIsNotKeptWaitingWhenNothingIsAnnounced(@TempDir Path home) {
    try (Store store = Store.open(StoreConfig.embedded(home));
         GroupCommit commits = new GroupCommit(store, Duration.ofHours(1))) {
      assertThat(commits.create(entry("crm-1", "Ada Lovelace")).record().sourceId()).isEqualTo("crm-1");
      assertThat(commits.stats()).isEqualTo(new GroupCommit.Stats(1, 1));
    }
  }

  @Test
  @Timeout(60)
  void aWithdrawnAnnouncementStopsTheWait(@TempDir Path home) throws Exception {
    try (Store store = Store.open(StoreConfig.embedded(home));
         GroupCommit commits = new GroupCommit(store, Duration.ofHours(1))) {
      GroupCommit.Announced possibleDuplicate = commits.announce();
      ExecutorService caller = Executors.newSingleThreadExecutor();
      try {
        Future<Created> answer = caller.submit(() -> commits.create(entry("crm-1", "Ada Lovelace")));
        Thread.sleep(20);
        possibleDuplicate.close();

        assertThat(answer.get().record().sourceId()).isEqualTo("crm-1");
      } finally {
        caller.shutdownNow();
      }
    }
  }

  @Test
  void anEntryThatFailsIsReportedToItsOwnCallerAndTheRestOfTheGroupIsCommitted(@TempDir Path home)
      throws Exception {
    try (Store store = Store.open(StoreConfig.embedded(home));
         GroupCommit commits = new GroupCommit(store, Duration.ofHours(1))) {
      List<Future<Created>> answers = group(commits, List.of(
          entry("crm-1", "Ada Lovelace"), entry("x".repeat(300), "Too Long An Id"), entry("crm-3", "Grace Hopper")));

      assertThat(answers.get(0).get().record().sourceId()).isEqualTo("crm-1");
      assertThatThrownBy(() -> answers.get(1).get()).isInstanceOf(ExecutionException.class);
      assertThat(answers.get(2).get().record().sourceId()).isEqualTo("crm-3");
      assertThat(store.customers().countActive()).isEqualTo(2);
    }
  }

  @Test
  void aFailingStoreReportsTheFailureToEveryCallerOfTheGroup(@TempDir Path home) throws Exception {
    Store store = Store.open(StoreConfig.embedded(home));
    try (GroupCommit commits = new GroupCommit(store, Duration.ofHours(1))) {
      store.close();
      List<Future<Created>> answers = group(commits, List.of(
          entry("crm-1", "Ada Lovelace"), entry("crm-2", "Alan Turing"), entry("crm-3", "Grace Hopper")));

      for (Future<Created> answer : answers) {
        assertThatThrownBy(answer::get).isInstanceOf(ExecutionException.class);
      }
    }
  }

  @Test
  void whatMustFollowACommitIsDoneOnTheWriterBeforeTheCallerIsAnswered(@TempDir Path home) {
    try (Store store = Store.open(StoreConfig.embedded(home)); GroupCommit commits = new GroupCommit(store)) {
      List<String> indexed = new ArrayList<>();

      Created created = commits.create(entry("crm-1", "Ada Lovelace"),
          committed -> indexed.add(committed.customer().id() + " on " + Thread.currentThread().getName()));

      assertThat(indexed).containsExactly(created.customer().id() + " on customer-group-commit");
    }
  }

  @Test
  void aFailureAfterTheCommitReachesItsOwnCallerAndTheCustomerStaysCommitted(@TempDir Path home) throws Exception {
    try (Store store = Store.open(StoreConfig.embedded(home));
         GroupCommit commits = new GroupCommit(store, Duration.ofHours(1))) {
      List<Future<Created>> answers = group(commits, List.of(
          entry("crm-1", "Ada Lovelace"), entry("crm-2", "Alan Turing"), entry("crm-3", "Grace Hopper")),
          committed -> {
            if (committed.record().sourceId().equals("crm-2")) {
              throw new IllegalStateException("the index is closed");
            }
          });

      assertThat(answers.get(0).get().record().sourceId()).isEqualTo("crm-1");
      assertThatThrownBy(() -> answers.get(1).get()).hasRootCauseMessage("the index is closed");
      assertThat(answers.get(2).get().record().sourceId()).isEqualTo("crm-3");
      assertThat(store.customers().countActive()).as("each created once").isEqualTo(3);
    }
  }

  private static List<Future<Created>> group(GroupCommit commits, List<Entry> entries) {
    return group(commits, entries, committed -> {});
  }

  /** The entries announced together, then created by a caller each: one group. */
  private static List<Future<Created>> group(GroupCommit commits, List<Entry> entries,
      java.util.function.Consumer<Created> committed) {
    List<GroupCommit.Announced> checking = entries.stream().map(e -> commits.announce()).toList();
    ExecutorService callers = Executors.newFixedThreadPool(entries.size());
    try {
      List<Future<Created>> answers = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        GroupCommit.Announced announced = checking.get(i);
        Entry entry = entries.get(i);
        answers.add(callers.submit(() -> announced.create(entry, committed)));
      }
      for (Future<Created> answer : answers) {
        try {
          answer.get();
        } catch (ExecutionException | InterruptedException expectedForSome) {
          // each answer is examined by the test
        }
      }
      return answers;
    } finally {
      callers.shutdown();
    }
  }

  private static long customerId(Future<Created> answer) {
    try {
      return answer.get().customer().id();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Entry entry(String sourceId, String name) {
    return new Entry(new IncomingRecord("crm", sourceId, Map.of("name", name), Map.of("person_name", name)), List.of(), "agent");
  }
}
