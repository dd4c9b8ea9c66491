/**
 * The demo province: on first start with {@code tochuc.demo.enabled=true}, builds a fictional province
 * with its 2025 streamlining history through the organisation module's rules, and its demo accounts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization", "access"})
package vn.tochuc.demo;
