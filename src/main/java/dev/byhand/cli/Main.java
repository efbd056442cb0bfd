package dev.byhand.cli;

public final class Main {
  public static void main(String[] args) {}
}
