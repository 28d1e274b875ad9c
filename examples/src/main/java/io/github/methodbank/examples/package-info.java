/** Small runnable programs that show how to use methodbank. */
package io.github.methodbank.examples;
