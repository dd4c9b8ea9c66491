/**
 * Tiny kernel shared by every module: Vietnamese text, percentages, domain exceptions, the acting
 * user's scope and the audit contract. No Spring beans live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.tochuc.shared;
