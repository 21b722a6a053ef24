package io.github.lakefsspring.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations the lakeFS client makes, and their keys. One set of key names serves every lakeFS observation,
 * transactions included ({@link LowCardinalityTags#OUTCOME}, {@link HighCardinalityTags#REPOSITORY} and
 * {@link HighCardinalityTags#BRANCH} mean the same everywhere).
 *
 * @since 0.1.0
 */
public enum LakeFSClientObservation implements ObservationDocumentation {

    /** One lakeFS operation, from the first request to the last answer, retries included. */
    REQUEST {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultLakeFSClientObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityTags.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return HighCardinalityTags.values();
        }
    },

    /** One retry of an operation that is safe to repeat, observed as it starts. */
    RETRY {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultLakeFSRetryObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return new KeyName[] { LowCardinalityTags.OPERATION };
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return HighCardinalityTags.values();
        }
    },

    /**
     * One {@code @LakeFSTransactional} method or {@code LakeFSTransactionTemplate} run, from the ephemeral branch's
     * creation to its merge or deletion; its {@link LowCardinalityTags#OUTCOME} is {@code committed}, {@code empty},
     * {@code rolled_back}, {@code rejected} (by a merge validator), {@code conflict} or {@code failed}, and its
     * branch is the one merged into.
     */
    TRANSACTION {
        @Override
        public String getName() {
            return "lakefs.transaction";
        }

        @Override
        public String getContextualName() {
            return "lakeFS transaction";
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return new KeyName[] { LowCardinalityTags.OUTCOME };
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return HighCardinalityTags.values();
        }
    };

    /** Keys with few values, safe for metrics. */
    public enum LowCardinalityTags implements KeyName {

        /** lakeFS's operation id, e.g. {@code statObject}. */
        OPERATION {
            @Override
            public String asString() {
                return "operation";
            }
        },

        /** The HTTP method. */
        METHOD {
            @Override
            public String asString() {
                return "method";
            }
        },

        /** {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR} or {@code NETWORK_ERROR}. */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        },

        /** The last HTTP status, or {@code NONE} when lakeFS gave none. */
        STATUS {
            @Override
            public String asString() {
                return "status";
            }
        }

    }

    /** Keys with many values, for traces. */
    public enum HighCardinalityTags implements KeyName {

        /** The repository the call addresses. */
        REPOSITORY {
            @Override
            public String asString() {
                return "repository";
            }
        },

        /** The branch or ref the call addresses. */
        BRANCH {
            @Override
            public String asString() {
                return "branch";
            }
        }

    }

}
