package dev.golden.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a piece of work used. Used heap only grows between collections, so its peak is
 * the largest "used before GC" any collection reports while watching, or the heap used at the
 * end if that is larger. Heap that was garbage but not yet collected counts as used: the figure
 * is what the heap had to hold, an upper bound of the live data.
 */
final class HeapWatch implements AutoCloseable {
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peak = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onCollection;

  /** Starts watching from a collected heap, so earlier work's garbage does not count. */
  static HeapWatch start() {
    System.gc();
    HeapWatch watch = new HeapWatch();
    watch.peak.set(used());
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(watch.listener, null, null);
        watch.emitters.add(emitter);
      }
    }
    return watch;
  }

  /** Peak heap used so far, in bytes. */
  long peakBytes() {
    return peak.accumulateAndGet(used(), Math::max);
  }

  /** The JVM's maximum heap ({@code -Xmx}), in bytes. */
  static long maxBytes() {
    return Runtime.getRuntime().maxMemory();
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void onCollection(Notification notification, Object handback) {
    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GcInfo gc = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
    long before = 0;
    for (Map.Entry<String, MemoryUsage> pool : gc.getMemoryUsageBeforeGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        before += pool.getValue().getUsed();
      }
    }
    peak.accumulateAndGet(before, Math::max);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already gone: nothing to undo
      }
    }
  }
}
