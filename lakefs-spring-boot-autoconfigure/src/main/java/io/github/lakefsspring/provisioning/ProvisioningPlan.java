package io.github.lakefsspring.provisioning;

import java.util.List;

/**
 * What provisioning found different between the declared repositories and the server, in the order it is applied.
 *
 * @param steps the differences
 * @since 0.2.0
 */
public record ProvisioningPlan(List<ProvisioningStep> steps) {

    public ProvisioningPlan {
        steps = List.copyOf(steps);
    }

    /** @return the steps that change the server */
    public List<ProvisioningStep> changes() {
        return this.steps.stream().filter(ProvisioningStep::changes).toList();
    }

    /** @return the differences left as they are */
    public List<ProvisioningStep> drift() {
        return this.steps.stream().filter((step) -> !step.changes()).toList();
    }

    /** @return whether the server already matches the declarations */
    public boolean isEmpty() {
        return this.steps.isEmpty();
    }

}
