//! Calendar dates: the date of a document, and the dates of the offices
//! people hold. Shared with the build script, which turns the dates of
//! roles into day numbers.

use std::fmt;
use std::str::FromStr;

/// A day of the proleptic Gregorian calendar, written `YYYY-MM-DD`.
///
/// ```
/// use geopol::Date;
///
/// let d: Date = "2023-03-01".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (2023, 3, 1));
/// assert_eq!(d.to_string(), "2023-03-01");
/// assert!("2023-02-30".parse::<Date>().is_err());
/// assert!(Date::new(2024, 2, 29).is_some());
/// # Ok::<(), geopol::ParseDateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// The error returned when a date is not a valid `YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseDateError(String);

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a date: {:?} (expected YYYY-MM-DD)", self.0)
    }
}

impl std::error::Error for ParseDateError {}

impl Date {
    /// The date, if `month` and `day` make one in `year` (years 1 to 9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let ok = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        ok.then_some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before), for comparing dates as
    /// numbers.
    pub(crate) fn days(self) -> i32 {
        // Howard Hinnant's days_from_civil.
        let y = self.year - i32::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i32::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i32::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of day number `days` ([`Date::days`]), if in years 1 to
    /// 9999.
    pub(crate) fn from_days(days: i32) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = i64::from(days) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m as u32, d as u32)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

impl FromStr for Date {
    type Err = ParseDateError;

    fn from_str(s: &str) -> Result<Date, ParseDateError> {
        let err = || ParseDateError(s.to_string());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) => Date::new(y as i32, m, d).ok_or_else(err),
            _ => Err(err()),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The first and the last day a date of a gazetteer covers: `YYYY`,
/// `YYYY-MM` or `YYYY-MM-DD`, as day numbers ([`Date::days`]); `None` when
/// the text is no such date.
pub(crate) fn day_range(text: &str) -> Option<(i32, i32)> {
    let full = |y: i32, m: u32, d: u32| Date::new(y, m, d).map(Date::days);
    let year = |s: &str| -> Option<i32> {
        (s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match text.len() {
        4 => {
            let y = year(text)?;
            Some((full(y, 1, 1)?, full(y, 12, 31)?))
        }
        7 if text.as_bytes()[4] == b'-' => {
            let y = year(&text[..4])?;
            let m: u32 = text[5..]
                .bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| text[5..].parse().ok())
                .flatten()?;
            Some((full(y, m, 1)?, full(y, m, days_in_month(y, m))?))
        }
        10 => {
            let d = text.parse::<Date>().ok()?.days();
            Some((d, d))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_back_to_dates() {
        for d in [
            "1970-01-01",
            "2000-02-29",
            "2023-07-25",
            "1600-03-01",
            "9999-12-31",
        ] {
            let date: Date = d.parse().unwrap();
            assert_eq!(Date::from_days(date.days()), Some(date));
        }
        assert_eq!(Date::from_days(i32::MAX), None);
        assert_eq!(Date::from_days(i32::MIN), None);
    }

    #[test]
    fn day_numbers() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::new(1969, 12, 31).unwrap().days(), -1);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days(), 11_017);
        // Consecutive days are consecutive numbers across years and leap
        // days.
        let mut prev = Date::new(1899, 12, 31).unwrap().days();
        for y in 1900..2101 {
            for m in 1..=12 {
                for d in 1..=days_in_month(y, m) {
                    let n = Date::new(y, m, d).unwrap().days();
                    assert_eq!(n, prev + 1, "{y}-{m}-{d}");
                    prev = n;
                }
            }
        }
    }

    #[test]
    fn parsing() {
        for bad in [
            "",
            "2023",
            "2023-3-1",
            "2023-13-01",
            "2023-00-10",
            "2023-02-29",
            "20230301",
            "2023-03-01 ",
            "+023-03-01",
            "2023-0a-01",
            "０２３-03-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert_eq!(
            "2024-02-29".parse::<Date>().unwrap().to_string(),
            "2024-02-29"
        );
    }

    #[test]
    fn ranges_of_partial_dates() {
        let d = |s: &str| s.parse::<Date>().unwrap().days();
        assert_eq!(day_range("1968"), Some((d("1968-01-01"), d("1968-12-31"))));
        assert_eq!(
            day_range("2024-02"),
            Some((d("2024-02-01"), d("2024-02-29")))
        );
        assert_eq!(
            day_range("2012-05-07"),
            Some((d("2012-05-07"), d("2012-05-07")))
        );
        for bad in ["", "68", "2012-5", "2012-13", "2012-05-32", "abcd"] {
            assert_eq!(day_range(bad), None, "{bad}");
        }
    }
}
