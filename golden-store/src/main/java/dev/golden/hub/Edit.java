package dev.golden.hub;

import dev.golden.store.ChangeRequest;
import dev.golden.store.Customer;
import java.util.List;

/**
 * What an edit did.
 *
 * @param customer the customer as it is now
 * @param applied fields changed at once (not protected), in field-name order
 * @param requested change requests opened for protected fields, awaiting an approver
 * @param unchanged fields whose new value standardized to the value already held
 */
public record Edit(Customer customer, List<String> applied, List<ChangeRequest> requested, List<String> unchanged) {

    public Edit {
        applied = List.copyOf(applied);
        requested = List.copyOf(requested);
        unchanged = List.copyOf(unchanged);
    }
}
