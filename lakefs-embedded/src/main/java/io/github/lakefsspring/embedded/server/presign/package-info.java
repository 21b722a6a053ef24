/**
 * Presigned URLs the embedded server signs and serves itself: expiring, scoped to one object address and one method.
 */
@NullMarked
package io.github.lakefsspring.embedded.server.presign;

import org.jspecify.annotations.NullMarked;
