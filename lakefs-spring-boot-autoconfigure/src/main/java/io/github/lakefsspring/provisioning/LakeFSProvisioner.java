package io.github.lakefsspring.provisioning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.NotFoundException;
import io.github.lakefsspring.client.model.BranchProtection;
import io.github.lakefsspring.client.model.GarbageCollectionRules;
import io.github.lakefsspring.client.model.Repository;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.ListOptions;
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.provisioning.ProvisioningStep.Action;

/**
 * Brings declared repositories about, idempotently: creates what is missing (repositories, branches, protection
 * patterns, metadata entries), sets declared garbage collection rules, and reports what differs but is not
 * changed (a storage namespace or default branch lakeFS cannot change, protection patterns and metadata entries
 * nobody declared). Nothing is ever deleted unless pruning is asked for, and then only protection patterns and
 * metadata entries: branches and repositories are never deleted.
 *
 * <p>{@link #plan()} only reads; {@link #apply()} reads and changes. Both can be called from tests and from
 * application code as well as at startup.
 *
 * @since 0.2.0
 */
public final class LakeFSProvisioner {

    private static final Log logger = LogFactory.getLog(LakeFSProvisioner.class);

    private final LakeFSClient client;

    private final RepositoryTemplate repositories;

    private final List<RepositoryDeclaration> declarations;

    private final boolean prune;

    /**
     * @param client the client to read and change lakeFS with
     * @param declarations the repositories as they should be
     * @param prune whether to remove protection patterns and metadata entries that are not declared
     */
    public LakeFSProvisioner(LakeFSClient client, List<RepositoryDeclaration> declarations, boolean prune) {
        this.client = client;
        this.repositories = new RepositoryTemplate(client);
        this.declarations = List.copyOf(declarations);
        this.prune = prune;
    }

    /** @return the repositories this provisioner brings about */
    public List<RepositoryDeclaration> declarations() {
        return this.declarations;
    }

    /** @return what {@link #apply()} would do, without changing anything */
    public ProvisioningPlan plan() {
        List<ProvisioningStep> steps = new ArrayList<>();
        for (RepositoryDeclaration declaration : this.declarations) {
            steps.addAll(plan(declaration));
        }
        return new ProvisioningPlan(steps);
    }

    /**
     * Brings every declared repository about, one after the other.
     * @return what was found different, and so done or reported
     */
    public ProvisioningPlan apply() {
        List<ProvisioningStep> applied = new ArrayList<>();
        for (RepositoryDeclaration declaration : this.declarations) {
            List<ProvisioningStep> steps = plan(declaration);
            for (ProvisioningStep step : steps) {
                if (step.changes()) {
                    logger.info("lakeFS provisioning: " + step);
                }
                else {
                    logger.warn("lakeFS provisioning: " + step);
                }
            }
            apply(declaration, steps);
            applied.addAll(steps);
        }
        return new ProvisioningPlan(applied);
    }

    private List<ProvisioningStep> plan(RepositoryDeclaration declaration) {
        String id = declaration.id();
        List<ProvisioningStep> steps = new ArrayList<>();
        Repository existing = find(id);
        if (existing == null) {
            steps.add(new ProvisioningStep(id, Action.CREATE_REPOSITORY, "with storage namespace "
                    + declaration.storageNamespace() + " and default branch " + declaration.defaultBranch()));
            declaration.branches().stream()
                .filter((branch) -> !branch.equals(declaration.defaultBranch()))
                .forEach((branch) -> steps.add(new ProvisioningStep(id, Action.CREATE_BRANCH, branch)));
            if (!declaration.protectedBranches().isEmpty()) {
                steps.add(new ProvisioningStep(id, Action.PROTECT_BRANCHES,
                        String.valueOf(new TreeSet<>(declaration.protectedBranches()))));
            }
            if (declaration.gcRules() != null) {
                steps.add(new ProvisioningStep(id, Action.SET_GC_RULES, describe(declaration.gcRules())));
            }
            if (!declaration.metadata().isEmpty()) {
                steps.add(new ProvisioningStep(id, Action.SET_METADATA, declaration.metadata().toString()));
            }
            return steps;
        }
        if (!existing.storageNamespace().equals(declaration.storageNamespace())) {
            steps.add(new ProvisioningStep(id, Action.REPORT_DRIFT, "storage namespace is "
                    + existing.storageNamespace() + ", declared " + declaration.storageNamespace()
                    + " (lakeFS cannot change it)"));
        }
        if (!existing.defaultBranch().equals(declaration.defaultBranch())) {
            steps.add(new ProvisioningStep(id, Action.REPORT_DRIFT, "default branch is " + existing.defaultBranch()
                    + ", declared " + declaration.defaultBranch() + " (lakeFS cannot change it)"));
        }
        Set<String> branches = new HashSet<>(this.repositories.repository(id)
            .allBranches(ListOptions.all())
            .map(Branch::id)
            .toList());
        declaration.branches().stream()
            .filter((branch) -> !branches.contains(branch))
            .forEach((branch) -> steps.add(new ProvisioningStep(id, Action.CREATE_BRANCH, branch)));
        planProtection(declaration, steps);
        if (declaration.gcRules() != null && !sameRules(gcRules(id), declaration.gcRules())) {
            steps.add(new ProvisioningStep(id, Action.SET_GC_RULES, describe(declaration.gcRules())));
        }
        planMetadata(declaration, steps);
        return steps;
    }

    private void planProtection(RepositoryDeclaration declaration, List<ProvisioningStep> steps) {
        String id = declaration.id();
        Set<String> current = new TreeSet<>(this.client.repositories().branchProtection(id).patterns());
        Set<String> missing = new TreeSet<>(declaration.protectedBranches());
        missing.removeAll(current);
        Set<String> extra = new TreeSet<>(current);
        extra.removeAll(declaration.protectedBranches());
        if (!missing.isEmpty()) {
            steps.add(new ProvisioningStep(id, Action.PROTECT_BRANCHES, missing.toString()));
        }
        if (!extra.isEmpty()) {
            steps.add(this.prune ? new ProvisioningStep(id, Action.UNPROTECT_BRANCHES, extra.toString())
                    : new ProvisioningStep(id, Action.REPORT_DRIFT, "protected but not declared: " + extra
                            + " (kept; lakefs.provisioning.prune=true removes them)"));
        }
    }

    private void planMetadata(RepositoryDeclaration declaration, List<ProvisioningStep> steps) {
        String id = declaration.id();
        Map<String, String> current = this.client.repositories().metadata(id);
        Map<String, String> changed = new LinkedHashMap<>();
        declaration.metadata().forEach((key, value) -> {
            if (!value.equals(current.get(key))) {
                changed.put(key, value);
            }
        });
        if (!changed.isEmpty()) {
            steps.add(new ProvisioningStep(id, Action.SET_METADATA, changed.toString()));
        }
        Set<String> extra = new TreeSet<>(current.keySet());
        extra.removeAll(declaration.metadata().keySet());
        if (!extra.isEmpty()) {
            steps.add(this.prune ? new ProvisioningStep(id, Action.DELETE_METADATA, extra.toString())
                    : new ProvisioningStep(id, Action.REPORT_DRIFT, "metadata not declared: " + extra
                            + " (kept; lakefs.provisioning.prune=true removes them)"));
        }
    }

    private void apply(RepositoryDeclaration declaration, List<ProvisioningStep> steps) {
        String id = declaration.id();
        Set<Action> actions = new HashSet<>();
        steps.forEach((step) -> actions.add(step.action()));
        if (actions.contains(Action.CREATE_REPOSITORY)) {
            this.client.repositories().create(id, declaration.storageNamespace(), declaration.defaultBranch(), false,
                    null);
        }
        steps.stream()
            .filter((step) -> step.action() == Action.CREATE_BRANCH)
            .forEach((step) -> this.client.branches().create(id, step.detail(), declaration.defaultBranch(), false));
        if (actions.contains(Action.PROTECT_BRANCHES) || actions.contains(Action.UNPROTECT_BRANCHES)) {
            BranchProtection current = this.client.repositories().branchProtection(id);
            Set<String> target = new TreeSet<>(declaration.protectedBranches());
            if (!this.prune) {
                target.addAll(current.patterns());
            }
            this.client.repositories().setBranchProtection(id, List.copyOf(target),
                    current.etag().isEmpty() ? null : current.etag());
        }
        if (actions.contains(Action.SET_GC_RULES) && declaration.gcRules() != null) {
            this.client.repositories().setGcRules(id, declaration.gcRules());
        }
        if (actions.contains(Action.SET_METADATA)) {
            this.client.repositories().setMetadata(id, declaration.metadata());
        }
        if (actions.contains(Action.DELETE_METADATA)) {
            Set<String> extra = new TreeSet<>(this.client.repositories().metadata(id).keySet());
            extra.removeAll(declaration.metadata().keySet());
            this.client.repositories().deleteMetadata(id, List.copyOf(extra));
        }
    }

    private @Nullable Repository find(String id) {
        try {
            return this.client.repositories().get(id);
        }
        catch (NotFoundException ex) {
            return null;
        }
    }

    private @Nullable GarbageCollectionRules gcRules(String id) {
        try {
            return this.client.repositories().gcRules(id);
        }
        catch (NotFoundException ex) {
            return null;
        }
    }

    private static boolean sameRules(@Nullable GarbageCollectionRules current, GarbageCollectionRules declared) {
        return current != null && current.defaultRetentionDays() == declared.defaultRetentionDays()
                && Objects.equals(new HashSet<>(current.branches()), new HashSet<>(declared.branches()));
    }

    private static String describe(GarbageCollectionRules rules) {
        Map<String, Integer> branches = new LinkedHashMap<>();
        rules.branches().forEach((rule) -> branches.put(rule.branchId(), rule.retentionDays()));
        return "default " + rules.defaultRetentionDays() + " days" + (branches.isEmpty() ? "" : ", " + branches);
    }

    @Override
    public String toString() {
        return "LakeFSProvisioner[" + this.declarations.stream().map(RepositoryDeclaration::id).toList() + "]";
    }

}
