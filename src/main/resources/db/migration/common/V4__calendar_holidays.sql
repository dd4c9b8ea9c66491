-- Public holidays and official days off, for counting working days (ngày làm việc): the 15-working-day
-- window for election complaints (QĐ 190-QĐ/TW Điều 33–35), membership deadlines and the like.
--
-- THIS IS DATA THAT AN ADMINISTRATOR EDITS (page /admin/holidays), not a rule fixed in code. The seed
-- below is only a starting point; check each year against the government's announcement and correct it.
--
-- Source rule: Bộ luật Lao động 2019 Điều 112 — Tết Dương lịch (1/1), Tết Âm lịch (5 days), Giỗ Tổ Hùng
-- Vương (10/3 âm lịch), Ngày Chiến thắng (30/4), Ngày Quốc tế Lao động (1/5), Quốc khánh (2/9 and one
-- day right before or after it). §3: a holiday that falls on the weekly day off is taken on the next
-- working day (nghỉ bù). Each year the Prime Minister sets the Tết days, the day next to 2/9 and any
-- swap of a working day into a long break (hoán đổi; the swapped day is worked on a Saturday, làm bù).
--
-- Only Monday–Friday days off are listed: weekends are never working days, so a weekend row would change
-- nothing. A holiday that falls on a weekend shows up as its compensatory day. Saturdays worked in
-- exchange (làm bù) are not modelled: periods that cross one come out a day longer.
--
-- 2024–2026 follow the official announcements (e.g. VPCP 2450/VPCP-KGVX 12/4/2024; Tết Bính Ngọ and
-- Quốc khánh 2026 agreed by the Prime Minister on 13/10/2025; Tết Dương lịch 2026 by VPCP
-- 12729/VPCP-KGVX 25/12/2025). 2027 IS AN ESTIMATE until the government decides: Tết Đinh Mùi (mùng 1 =
-- Saturday 06/02/2027) is assumed to be arranged like Tết Giáp Thìn 2024 (Thursday before to Wednesday
-- after), the day next to 2/9/2027 is assumed to be Friday 03/09, and there may be swaps not listed here.
--
-- "day" is quoted because DAY is a reserved word in H2 (the embedded demo database).
CREATE TABLE public_holiday (
    "day" DATE         PRIMARY KEY,
    name  VARCHAR(200) NOT NULL
);

INSERT INTO public_holiday ("day", name) VALUES
    -- 2024
    (DATE '2024-01-01', 'Tết Dương lịch'),
    (DATE '2024-02-08', 'Tết Nguyên đán Giáp Thìn'),
    (DATE '2024-02-09', 'Tết Nguyên đán Giáp Thìn'),
    (DATE '2024-02-12', 'Tết Nguyên đán Giáp Thìn (nghỉ bù; mùng 1 Tết là thứ Bảy 10/02/2024)'),
    (DATE '2024-02-13', 'Tết Nguyên đán Giáp Thìn'),
    (DATE '2024-02-14', 'Tết Nguyên đán Giáp Thìn'),
    (DATE '2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    (DATE '2024-04-29', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 04/05/2024)'),
    (DATE '2024-04-30', 'Ngày Chiến thắng'),
    (DATE '2024-05-01', 'Ngày Quốc tế Lao động'),
    (DATE '2024-09-02', 'Quốc khánh'),
    (DATE '2024-09-03', 'Quốc khánh (ngày liền kề)'),
    -- 2025
    (DATE '2025-01-01', 'Tết Dương lịch'),
    (DATE '2025-01-27', 'Tết Nguyên đán Ất Tỵ'),
    (DATE '2025-01-28', 'Tết Nguyên đán Ất Tỵ'),
    (DATE '2025-01-29', 'Tết Nguyên đán Ất Tỵ (mùng 1 Tết)'),
    (DATE '2025-01-30', 'Tết Nguyên đán Ất Tỵ'),
    (DATE '2025-01-31', 'Tết Nguyên đán Ất Tỵ'),
    (DATE '2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    (DATE '2025-04-30', 'Ngày Chiến thắng'),
    (DATE '2025-05-01', 'Ngày Quốc tế Lao động'),
    (DATE '2025-05-02', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/04/2025)'),
    (DATE '2025-09-01', 'Quốc khánh (ngày liền kề)'),
    (DATE '2025-09-02', 'Quốc khánh'),
    -- 2026
    (DATE '2026-01-01', 'Tết Dương lịch'),
    (DATE '2026-01-02', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)'),
    (DATE '2026-02-16', 'Tết Nguyên đán Bính Ngọ'),
    (DATE '2026-02-17', 'Tết Nguyên đán Bính Ngọ (mùng 1 Tết)'),
    (DATE '2026-02-18', 'Tết Nguyên đán Bính Ngọ'),
    (DATE '2026-02-19', 'Tết Nguyên đán Bính Ngọ'),
    (DATE '2026-02-20', 'Tết Nguyên đán Bính Ngọ'),
    (DATE '2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù; 10/3 âm lịch là chủ nhật 26/04/2026)'),
    (DATE '2026-04-30', 'Ngày Chiến thắng'),
    (DATE '2026-05-01', 'Ngày Quốc tế Lao động'),
    (DATE '2026-08-31', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)'),
    (DATE '2026-09-01', 'Quốc khánh (ngày liền kề)'),
    (DATE '2026-09-02', 'Quốc khánh'),
    -- 2027: ESTIMATE, see above
    (DATE '2027-01-01', 'Tết Dương lịch'),
    (DATE '2027-02-04', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    (DATE '2027-02-05', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    (DATE '2027-02-08', 'Tết Nguyên đán Đinh Mùi (dự kiến; mùng 1 Tết là thứ Bảy 06/02/2027)'),
    (DATE '2027-02-09', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    (DATE '2027-02-10', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    (DATE '2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    (DATE '2027-04-30', 'Ngày Chiến thắng'),
    (DATE '2027-05-03', 'Ngày Quốc tế Lao động (nghỉ bù; 1/5 là thứ Bảy)'),
    (DATE '2027-09-02', 'Quốc khánh'),
    (DATE '2027-09-03', 'Quốc khánh (ngày liền kề, dự kiến)');
