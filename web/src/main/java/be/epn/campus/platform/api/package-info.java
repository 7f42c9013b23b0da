/**
 * The REST API's plumbing, shared by every feature: the JAX-RS application at {@code /api}, the JSON error
 * body ({@link be.epn.campus.platform.api.ApiError}) and the exception mappers that guarantee no stack trace
 * or server detail ever reaches a client, and HTTP caching with entity tags.
 */
package be.epn.campus.platform.api;
