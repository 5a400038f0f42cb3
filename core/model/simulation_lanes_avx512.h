// Lanes and Mask for the batched simulation (simulation_batch.cpp): eight doubles in one
// AVX-512 register, masks in a mask register. Compiled only inside the AVX-512 region of
// simulation_batch.cpp and used only when the processor has AVX-512F. Only AVX-512F
// instructions (no DQ): the sign flip and the logical operations go through the integer side.
// Same operations as simulation_lanes_sse2.h, so the same results.
static_assert(kLanes == 8, "one AVX-512 register holds eight doubles");
struct Lanes {
    __m512d v;
    static Lanes all(double x) { return { _mm512_set1_pd(x) }; }
    double get(std::size_t l) const
    {
        alignas(64) double t[kLanes];
        _mm512_store_pd(t, v);
        return t[l];
    }
    static Lanes of(const double (&x)[kLanes]) { return { _mm512_loadu_pd(x) }; }
    void store(double (&x)[kLanes]) const { _mm512_storeu_pd(x, v); }
};
struct Mask {
    __mmask8 m;
};
inline bool any(const Mask &m) { return m.m != 0; }
inline bool lane(const Mask &m, std::size_t l) { return ((m.m >> l) & 1) != 0; }
inline Lanes operator+(const Lanes &a, const Lanes &b) { return { _mm512_add_pd(a.v, b.v) }; }
inline Lanes operator-(const Lanes &a, const Lanes &b) { return { _mm512_sub_pd(a.v, b.v) }; }
inline Lanes operator*(const Lanes &a, const Lanes &b) { return { _mm512_mul_pd(a.v, b.v) }; }
inline Lanes operator/(const Lanes &a, const Lanes &b) { return { _mm512_div_pd(a.v, b.v) }; }
inline Lanes operator*(const Lanes &a, double b) { return a * Lanes::all(b); }
inline Lanes operator-(const Lanes &a)
{
    const __m512i sign = _mm512_set1_epi64(static_cast<long long>(0x8000000000000000ULL));
    return { _mm512_castsi512_pd(_mm512_xor_si512(_mm512_castpd_si512(a.v), sign)) };
}
// std::min(a, b) is (b < a) ? b : a, which is min_pd(b, a); likewise for max. (The maskz forms:
// GCC 12 warns about the undefined source register of _mm512_min_pd and _sqrt_pd, bug 105593.)
inline Lanes lanesMin(const Lanes &a, const Lanes &b) { return { _mm512_maskz_min_pd(0xFF, b.v, a.v) }; }
inline Lanes lanesMax(const Lanes &a, const Lanes &b) { return { _mm512_maskz_max_pd(0xFF, b.v, a.v) }; }
inline Lanes lanesSqrt(const Lanes &a) { return { _mm512_maskz_sqrt_pd(0xFF, a.v) }; }
inline Lanes select(const Mask &m, const Lanes &a, const Lanes &b) { return { _mm512_mask_blend_pd(m.m, b.v, a.v) }; }
inline Lanes selectOrZero(const Mask &m, const Lanes &a) { return { _mm512_maskz_mov_pd(m.m, a.v) }; }
inline Mask operator>(const Lanes &a, const Lanes &b) { return { _mm512_cmp_pd_mask(a.v, b.v, _CMP_GT_OQ) }; }
inline Mask operator<(const Lanes &a, const Lanes &b) { return { _mm512_cmp_pd_mask(a.v, b.v, _CMP_LT_OQ) }; }
inline Mask operator<=(const Lanes &a, const Lanes &b) { return { _mm512_cmp_pd_mask(a.v, b.v, _CMP_LE_OQ) }; }
inline Mask operator>=(const Lanes &a, const Lanes &b) { return { _mm512_cmp_pd_mask(a.v, b.v, _CMP_GE_OQ) }; }
inline Mask operator&(const Mask &a, const Mask &b) { return { static_cast<__mmask8>(a.m & b.m) }; }
inline Mask operator|(const Mask &a, const Mask &b) { return { static_cast<__mmask8>(a.m | b.m) }; }
inline Mask operator!(const Mask &a) { return { static_cast<__mmask8>(~a.m) }; }
inline Mask lanesIsNan(const Lanes &a) { return { _mm512_cmp_pd_mask(a.v, a.v, _CMP_UNORD_Q) }; }
