package vn.tochuc;

import org.springframework.boot.SpringApplication;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Tổ Chức: the organisation work of party committees — tree, members, congresses, elections. */
@SpringBootApplication
@EnableScheduling
public class TochucApplication {

    public static void main(String[] args) {
        SpringApplication.run(TochucApplication.class, args);
    }

    /** Every module reads time from this clock, so tests can fix "today". */
    @Bean
    Clock clock() {
        return Clock.system(vn.tochuc.shared.DateFormats.ZONE);
    }
}
