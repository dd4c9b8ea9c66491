package vn.tochuc.organization.internal;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tochuc.organization.TreeRules;

@Configuration(proxyBeanMethods = false)
class OrganizationConfiguration {

    /** The district level's end date is configurable ({@code tochuc.organization.district-level-abolished-on}). */
    @Bean
    TreeRules treeRules(@Value("${tochuc.organization.district-level-abolished-on:2025-07-01}") LocalDate abolishedOn) {
        return new TreeRules(abolishedOn);
    }
}
