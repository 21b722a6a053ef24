package io.github.lakefsspring.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.lakefsspring.provisioning.LakeFSProvisioner;
import io.github.lakefsspring.provisioning.ProvisioningPlan;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Brings the declared repositories about once every singleton exists, before runners and before the application
 * serves requests; in dry-run mode it logs the plan instead.
 */
final class StartupProvisioning implements SmartInitializingSingleton {

    private static final Log logger = LogFactory.getLog(StartupProvisioning.class);

    private final LakeFSProvisioner provisioner;

    private final boolean dryRun;

    StartupProvisioning(LakeFSProvisioner provisioner, boolean dryRun) {
        this.provisioner = provisioner;
        this.dryRun = dryRun;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (this.dryRun) {
            ProvisioningPlan plan = this.provisioner.plan();
            if (plan.isEmpty()) {
                logger.info("lakeFS provisioning (dry run): the declared repositories are as declared");
            }
            plan.steps().forEach((step) -> logger.info("lakeFS provisioning (dry run): would " + step));
            return;
        }
        ProvisioningPlan applied = this.provisioner.apply();
        logger.info("lakeFS provisioning: " + applied.changes().size() + " change(s), " + applied.drift().size()
                + " difference(s) reported");
    }

}
