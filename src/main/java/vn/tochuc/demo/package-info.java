/**
 * The demo province: on first start with {@code tochuc.demo.enabled=true}, builds a fictional province
 * with its 2025 streamlining history through the organisation module's rules, its demo accounts, and two
 * congresses whose elections are played through the election module's own services.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organization", "access", "congress", "election", "election::counting",
                "membership"})
package vn.tochuc.demo;
