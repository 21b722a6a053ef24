package io.github.lakefsspring.client;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.LakeFSServerException.Request;

/**
 * Turns a lakeFS error answer into the most specific exception: by status as the lakeFS Python SDK does, then
 * refined where lakeFS's answer says more (no changes, dirty branch, merge conflict, branch locked, object
 * operations).
 */
final class LakeFSErrors {

    private LakeFSErrors() {
    }

    static LakeFSServerException toException(Request request, int status, String message,
            @Nullable String contentRange) {
        String lower = message.toLowerCase(Locale.ROOT);
        boolean objectCall = request.path().contains("/objects") || request.path().contains("/staging/");
        return switch (status) {
            case 400 -> {
                if (lower.endsWith("no changes")) {
                    yield new NoChangesException(request, message);
                }
                if (lower.contains("dirty branch")) {
                    yield new DirtyBranchException(request, message);
                }
                yield new BadRequestException(request, message);
            }
            case 401 -> new NotAuthorizedException(request, message);
            case 403 -> new ForbiddenException(request, message);
            case 404 -> (objectCall && !lower.contains("repository") && !lower.contains("branch"))
                    ? new ObjectNotFoundException(request, message.isEmpty() ? "object not found" : message)
                    : new NotFoundException(request, message.isEmpty() ? "not found" : message);
            case 405 -> new MethodNotAllowedException(request, message);
            case 409 -> request.operation().equals("mergeIntoBranch")
                    ? new MergeConflictException(request, message.isEmpty() ? "conflict" : message)
                    : new ConflictException(request, message);
            case 412 -> objectCall ? new ObjectExistsException(request, message)
                    : new PreconditionFailedException(request, message);
            case 416 -> new InvalidRangeException(request, message, objectSize(contentRange));
            case 429 -> new TooManyRequestsException(request, message);
            case 501 -> new NotImplementedException(request, message);
            default -> lower.contains("branch is currently locked")
                    ? new BranchLockedException(request, status, message)
                    : new ServerErrorException(request, status, message);
        };
    }

    private static long objectSize(@Nullable String contentRange) {
        if (contentRange == null) {
            return -1;
        }
        int slash = contentRange.lastIndexOf('/');
        try {
            return (slash >= 0) ? Long.parseLong(contentRange.substring(slash + 1).trim()) : -1;
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

}
