/**
 * General file I/O that several packages share: {@link dev.byhand.io.AtomicFile}, the one way
 * byhand replaces a file. Uses {@code java.base} only.
 */
package dev.byhand.io;
