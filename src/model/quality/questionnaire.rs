//! The built-in questionnaire: 22 statements grouped by dimension in the SERVQUAL manner
//! (tangibles 4, reliability 5, responsiveness 4, assurance 4, empathy 5), written for the
//! customer-service department of an electronics retailer: its service hall, hotline, home
//! repairs and installations, and complaints. Each statement is asked twice — what an excellent
//! service would do, and what this one does — so each is worded as a neutral, positive fact
//! that reads well both ways. The dimensions follow the course's glosses (DOMAIN.md §6):
//! 有形部分, 准确无误, 反应能力, 态度和工作能力, 换位思考.

use crate::model::core::Servqual;

/// The statements as (dimension, Chinese, English), in `Servqual::ALL` order.
pub const BUILT_IN: [(Servqual, &str, &str); 22] = [
    // 可感知性: the tangible part of the service.
    (Servqual::Tangibles, "服务大厅宽敞明亮、整洁舒适", "The service hall is spacious, bright, clean and comfortable"),
    (Servqual::Tangibles, "检测和维修设备先进、完好", "Testing and repair equipment is modern and in good order"),
    (Servqual::Tangibles, "服务人员衣着整洁、仪表得体", "Staff are neatly dressed and well presented"),
    (Servqual::Tangibles, "价目表、服务指南等资料清楚易懂", "Price lists, service guides and other material are clear and easy to follow"),
    // 可靠性: accurate and error-free.
    (Servqual::Reliability, "约定的上门时间能准时到达", "Technicians arrive at the time agreed for a home visit"),
    (Servqual::Reliability, "维修和安装一次就能做好", "Repairs and installations are done right the first time"),
    (Servqual::Reliability, "对客户的承诺都能兑现", "Every promise made to a customer is kept"),
    (Servqual::Reliability, "报价、保修等信息准确无误", "Quotes and warranty information are accurate"),
    (Servqual::Reliability, "订单、发票和维修记录没有差错", "Orders, invoices and repair records are free of errors"),
    // 反应性: the ability to respond.
    (Servqual::Responsiveness, "服务热线能很快接通", "Calls to the service hotline are answered quickly"),
    (Servqual::Responsiveness, "客户的要求能及时得到处理", "Customers' requests are dealt with promptly"),
    (Servqual::Responsiveness, "服务人员会说明服务完成的确切时间", "Staff say exactly when the service will be completed"),
    (Servqual::Responsiveness, "投诉能在承诺的时限内得到答复", "Complaints receive a reply within the promised time"),
    // 保证性: attitude and competence.
    (Servqual::Assurance, "服务人员熟悉产品，能准确解答问题", "Staff know the products and answer questions correctly"),
    (Servqual::Assurance, "服务人员待客礼貌、耐心", "Staff treat customers politely and patiently"),
    (Servqual::Assurance, "上门维修人员技术熟练、操作规范", "Repair technicians are skilled and work by the book"),
    (Servqual::Assurance, "客户的个人信息和付款安全有保障", "Customers' personal details and payments are kept safe"),
    // 移情性: staff put themselves in the customer's place.
    (Servqual::Empathy, "服务人员能换位思考，体谅客户的难处", "Staff put themselves in the customer's place and understand their difficulties"),
    (Servqual::Empathy, "营业和上门时间的安排方便客户", "Opening hours and visit times are arranged to suit customers"),
    (Servqual::Empathy, "老人等有特殊需要的客户能得到照顾", "Customers with special needs, such as older people, are looked after"),
    (Servqual::Empathy, "服务人员清楚每位客户的具体需求", "Staff take the time to learn what each customer needs"),
    (Servqual::Empathy, "推荐产品和方案时以客户的利益为先", "Products and solutions are recommended in the customer's interest"),
];

/// The statements in one language, ready for `QualityCommand::InsertStatements`.
pub fn built_in(chinese: bool) -> Vec<(Servqual, String)> {
    BUILT_IN.iter().map(|&(dimension, zh, en)| (dimension, if chinese { zh } else { en }.to_owned())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::core::MAX_TEXT_CHARS;
    use crate::model::quality::dimension_index;
    use std::collections::HashSet;

    #[test]
    fn there_are_22_statements_counted_per_dimension_as_in_servqual() {
        assert_eq!(BUILT_IN.len(), 22);
        let counts = Servqual::ALL.map(|d| BUILT_IN.iter().filter(|(s, ..)| *s == d).count());
        assert_eq!(counts, [4, 5, 4, 4, 5]);
    }

    #[test]
    fn statements_come_in_dimension_order() {
        let order: Vec<usize> = BUILT_IN.iter().map(|(d, ..)| dimension_index(*d)).collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
    }

    #[test]
    fn no_text_is_empty_or_repeated_in_either_language() {
        for chinese in [true, false] {
            let texts = built_in(chinese);
            assert_eq!(texts.len(), 22);
            let distinct: HashSet<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
            assert_eq!(distinct.len(), 22, "a repeated statement (chinese: {chinese})");
            for (_, text) in &texts {
                assert!(!text.trim().is_empty());
                assert_eq!(text.trim(), text, "{text:?} has spaces at its ends");
            }
        }
    }

    #[test]
    fn every_text_fits_a_statement_and_stays_short() {
        for (_, zh, en) in BUILT_IN {
            // The model refuses statements longer than this; the questionnaire's stay far shorter.
            assert!(zh.chars().count() <= MAX_TEXT_CHARS && en.chars().count() <= MAX_TEXT_CHARS);
            assert!(zh.chars().count() < 40, "{zh} is long");
            assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()), "{zh} has Latin letters");
            assert!(!zh.chars().any(char::is_control) && !en.chars().any(char::is_control));
        }
    }

    #[test]
    fn built_in_keeps_the_dimensions_and_picks_the_language() {
        let zh = built_in(true);
        let en = built_in(false);
        assert_eq!(zh[2], (Servqual::Tangibles, "服务人员衣着整洁、仪表得体".to_owned()));
        assert_eq!(en[2], (Servqual::Tangibles, "Staff are neatly dressed and well presented".to_owned()));
        assert!(zh.iter().zip(&en).all(|(a, b)| a.0 == b.0));
    }
}
