package dev.golden.server.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.store.IncomingRecord;
import dev.golden.store.NewCustomers.Created;
import dev.golden.store.NewCustomers.Entry;
import dev.golden.store.Store;
import dev.golden.store.StoreConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
