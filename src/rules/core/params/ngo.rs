//! Seed `002` (Cluj-Napoca's 2024 action plan for social services), part D:
//! the social services eligible for subsidies under Legea 34/1998, with
//! each service code (Nomenclatorul serviciilor sociale, HG 867/2015) and
//! the estimated 2024 contract value per code (table 3, col. 3.b)), and
//! the programme's estimated budget (3.c)). The average monthly subsidy
//! itself is set by HCL 788/2022 (which replaced HCL 596/2016) and is not
//! on the pages, so it is not here.
//!
//! Seed `000`'s catalogue of NGOs is here too, as its names are printed.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

/// One line of seed `002`'s table 3: a social service code (HG 867/2015)
/// and the estimated value for 2024 in lei (`None` where the page leaves
/// the cell empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ServiceBudget {
    pub code: &'static str,
    pub estimate_2024: Option<Decimal>,
}

/// Table 3, rows 1–73, codes as printed (row 41 "8891CZ-C III", row 49
/// "8899 CZ-F-I"). Row 35 (8810 ID-VI) has no value on the page. A stray
/// "100.000" printed after row 73 belongs to no code and is left out: the
/// 73 values add up to the stated 10.000.000 lei without it.
pub static SUBSIDY_BUDGETS_2024: [ServiceBudget; 73] = [
    ServiceBudget {
        code: "8710 CRMS-I",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8710 CRMS-II",
        estimate_2024: Some(dec!(40000)),
    },
    ServiceBudget {
        code: "8720 CR-AD-I",
        estimate_2024: Some(dec!(40000)),
    },
    ServiceBudget {
        code: "8720 CR-AD-II",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8730 CR-V-I",
        estimate_2024: Some(dec!(1580000)),
    },
    ServiceBudget {
        code: "8730 CR-V-II",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8730 CR-V-III",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8790 CR-D-I",
        estimate_2024: Some(dec!(40000)),
    },
    ServiceBudget {
        code: "8790 CR-D-II",
        estimate_2024: Some(dec!(280000)),
    },
    ServiceBudget {
        code: "8790 CR-D-IV",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8790 CR-D-VI",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8790 CR-D-VII",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8790 CR-C-I",
        estimate_2024: Some(dec!(540000)),
    },
    ServiceBudget {
        code: "8790 CR-C-II",
        estimate_2024: Some(dec!(50000)),
    },
    ServiceBudget {
        code: "8790 CR-C-III",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8790 CR-C-IV",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8790 CR-MC-I",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8790 CR-MC-II",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8790 CRT-I",
        estimate_2024: Some(dec!(40000)),
    },
    ServiceBudget {
        code: "8790 CR-II",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8790 EST R",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8790 CR-VD-I",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8790 CR-VD-II",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8790 CR-VD-III",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8790 CR-PFA-I",
        estimate_2024: Some(dec!(100000)),
    },
    ServiceBudget {
        code: "8790 CR-PFA-II",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8790 CR-VTP-I",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8790 CR-VTP-II",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8790 CR-PD-I",
        estimate_2024: Some(dec!(40000)),
    },
    ServiceBudget {
        code: "8790 CR-PD-II",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8810 CZ-V-I",
        estimate_2024: Some(dec!(240000)),
    },
    ServiceBudget {
        code: "8810 CZ-V-II",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8810 ID-I",
        estimate_2024: Some(dec!(530000)),
    },
    ServiceBudget {
        code: "8810 ID-III",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8810 ID-VI",
        estimate_2024: None,
    },
    ServiceBudget {
        code: "8899 SC-D-I",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8899 CZ-D-I",
        estimate_2024: Some(dec!(100000)),
    },
    ServiceBudget {
        code: "8899 CZ-D-II",
        estimate_2024: Some(dec!(700000)),
    },
    ServiceBudget {
        code: "8891CZ-C-I",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8891CZ-C-II",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8891CZ-C III",
        estimate_2024: Some(dec!(740000)),
    },
    ServiceBudget {
        code: "8891CZ-C-IV",
        estimate_2024: Some(dec!(700000)),
    },
    ServiceBudget {
        code: "8891CZ-C-V",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8891CZ-C-VI",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8891CZ-C-VII",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8891 CZ-C-VIII",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8891CZ-C-TC",
        estimate_2024: Some(dec!(40000)),
    },
    ServiceBudget {
        code: "8891CZ-C-EM",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-F-I",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-VD-I",
        estimate_2024: Some(dec!(960000)),
    },
    ServiceBudget {
        code: "8899 CZ-VD-II",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-VD-III",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-VD-LTP",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-AD-I",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-AD-II",
        estimate_2024: Some(dec!(340000)),
    },
    ServiceBudget {
        code: "8899 CZ-AD-III",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-AD-IV",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-VTP-I",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8899 CZ-VTP-II",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-PFA-I",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-PFA-II",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CRPCSA",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-PN-I",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-PN-II",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-PN-III",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-PN-IV",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 CZ-PN-V",
        estimate_2024: Some(dec!(10000)),
    },
    ServiceBudget {
        code: "8899 CZ-PN-VI",
        estimate_2024: Some(dec!(1300000)),
    },
    ServiceBudget {
        code: "8899 CZ-PN-VII",
        estimate_2024: Some(dec!(20000)),
    },
    ServiceBudget {
        code: "8899 SIS-I",
        estimate_2024: Some(dec!(40000)),
    },
    ServiceBudget {
        code: "8899-SIS-II",
        estimate_2024: Some(dec!(30000)),
    },
    ServiceBudget {
        code: "8899 CPDH-I",
        estimate_2024: Some(dec!(40000)),
    },
    ServiceBudget {
        code: "8899 CPDH-II",
        estimate_2024: Some(dec!(400000)),
    },
];

/// "3. c) bugetul estimat al programului de contractare 10.000.000 LEI".
pub const SUBSIDY_PROGRAMME_BUDGET_2024: Decimal = dec!(10000000);

/// "Buget estimativ pentru finanțarea ONG-urilor pentru anul 2024 este de
/// 500 mii lei" (Legea 350/2005).
pub const GRANTS_BUDGET_2024: Decimal = dec!(500000);

/// "pentru anul 2023, au fost finanțate un nr. de 13 ONG-uri".
pub const GRANTS_FUNDED_2023: u32 = 13;

/// Seed `000`, "Catalog ONG-uri Cluj-Napoca", the names as printed.
pub static NGO_CATALOGUE: [&str; 23] = [
    "ASOCIAȚIA NAȚIONALĂ A INTRPREȚILOR AUTORIZAȚI ÎN LIMBAJ MIMICO-GESTUAL (ANILMG)",
    "ASOCIAȚIA BABILON TRAVEL",
    "ASOCIAŢIA „CĂSUŢA BUCURIEI”",
    "ASOCIAȚIA AUTISM TRANSILVANIA",
    "ASOCIAȚIA CARITAS EPARHIAL GRECO CATOLIC",
    "FUNDAȚIA PENTRU ÎNGRIJIREA VARSTNICULUI",
    "ASOCIAȚIA MAGHIARĂ A HANDICAPAȚILOR MOTORI CLUJ",
    "SOCIETATEA FEMEILOR ORTODOXE DIN ARDEAL",
    "ASOCIAȚIA FILANTROPICĂ MEDICAL CREȘTINĂ CHRISTIANA",
    "CONGREGAȚIA SURORILOR MAICII DOMNULUI",
    "ORGANIZAȚIA CREȘTINĂ „ECCE HOMO”",
    "FUNDAȚIA „FAMILIA SFÂNTĂ”",
    "ASOCIAȚIA FAMILIA REGĂSITĂ",
    "FUNDAȚIA CREȘTINĂ DE AJUTORARE",
    "FUNDAȚIA DEZVOLTAREA POPOARELOR",
    "FUNDAȚIA DE CARITATE HERALD",
    "ASOCIAȚIA INCEPTIS MOVENS",
    "SERVICIUL DE AJUTOR MALTEZ IN ROMÂNIA",
    "ASOCIAȚIA PENTRU AJUTORAREA ȘI PROTEJAREA HANDICAPATILOR MOTOR",
    "ASOCIAȚIA PREVENTIS",
    "ASOCIAȚIA PROVIDENȚA GONVISELLES FURSORGE",
    "ORGANIZAȚIA CREȘTINĂ „SOMETHING NEW”",
    "UNIUNEA CREȘTINĂ DIN ROMÂNIA",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_values_per_code_add_up_to_the_programme_budget() {
        let sum: Decimal = SUBSIDY_BUDGETS_2024
            .iter()
            .filter_map(|b| b.estimate_2024)
            .sum();
        assert_eq!(sum, SUBSIDY_PROGRAMME_BUDGET_2024);
    }
}
