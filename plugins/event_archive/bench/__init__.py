"""The benchmark: a generated archive of any size, and every build phase measured on it."""
