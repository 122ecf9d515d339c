package org.nianbao;

import java.util.Optional;

/**
 * The two report templates fixed by the General Office of the State Council.
 *
 * <p>A report's edition is what its tables are, not what its year says: real reports mix them up,
 * and a mismatch with the year is a {@code doc.edition} finding rather than a read failure.
 */
public enum Edition {
  /** 国办公开办函〔2019〕60号: report years 2019 and 2020. */
  E2019("2019", "国办公开办函〔2019〕60号"),
  /** 国办公开办函〔2021〕30号: report years 2021 onward. */
  E2021("2021", "国办公开办函〔2021〕30号");

  private final String id;
  private final String notice;

  Edition(String id, String notice) {
    this.id = id;
    this.notice = notice;
  }

  /**
   * The edition's name in canonical JSON and on the command line.
   *
   * @return {@code "2019"} or {@code "2021"}
   */
  public String id() {
    return id;
  }

  /**
   * The notice that fixes this template, as it is cited.
   *
   * @return the notice's number
   */
  public String notice() {
    return notice;
  }

  /**
   * The edition the notices prescribe for a report year.
   *
   * @param year the report year
   * @return {@link #E2019} up to 2020, {@link #E2021} from 2021
   */
  public static Edition forYear(int year) {
    return year <= 2020 ? E2019 : E2021;
  }

  /**
   * The edition with a name.
   *
   * @param id {@code "2019"} or {@code "2021"}
   * @return the edition, or empty for any other name
   */
  public static Optional<Edition> fromId(String id) {
    for (Edition e : values()) {
      if (e.id.equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
