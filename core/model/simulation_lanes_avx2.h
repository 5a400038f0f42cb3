// Lanes and Mask for the batched simulation (simulation_batch.cpp): four doubles in one AVX
// register. Compiled only inside the AVX2 region of simulation_batch.cpp and used only when the
// processor has AVX2. Same operations as simulation_lanes_sse2.h, so the same results.
struct Lanes {
    __m256d v;
    static Lanes all(double x) { return { _mm256_set1_pd(x) }; }
    double get(std::size_t l) const
    {
        alignas(32) double t[kLanes];
        _mm256_store_pd(t, v);
        return t[l];
    }
    static Lanes of(const double (&x)[kLanes]) { return { _mm256_loadu_pd(x) }; }
    void store(double (&x)[kLanes]) const { _mm256_storeu_pd(x, v); }
};
using Mask = Lanes; // all bits set in a lane that is true
inline bool any(const Mask &m) { return _mm256_movemask_pd(m.v) != 0; }
inline bool lane(const Mask &m, std::size_t l) { return ((_mm256_movemask_pd(m.v) >> l) & 1) != 0; }
inline Lanes operator+(const Lanes &a, const Lanes &b) { return { _mm256_add_pd(a.v, b.v) }; }
inline Lanes operator-(const Lanes &a, const Lanes &b) { return { _mm256_sub_pd(a.v, b.v) }; }
inline Lanes operator*(const Lanes &a, const Lanes &b) { return { _mm256_mul_pd(a.v, b.v) }; }
inline Lanes operator/(const Lanes &a, const Lanes &b) { return { _mm256_div_pd(a.v, b.v) }; }
inline Lanes operator*(const Lanes &a, double b) { return a * Lanes::all(b); }
inline Lanes operator-(const Lanes &a) { return { _mm256_xor_pd(a.v, _mm256_set1_pd(-0.0)) }; }
// std::min(a, b) is (b < a) ? b : a, which is _mm256_min_pd(b, a); likewise for max.
inline Lanes lanesMin(const Lanes &a, const Lanes &b) { return { _mm256_min_pd(b.v, a.v) }; }
inline Lanes lanesMax(const Lanes &a, const Lanes &b) { return { _mm256_max_pd(b.v, a.v) }; }
inline Lanes lanesSqrt(const Lanes &a) { return { _mm256_sqrt_pd(a.v) }; }
inline Lanes select(const Mask &m, const Lanes &a, const Lanes &b) { return { _mm256_blendv_pd(b.v, a.v, m.v) }; }
inline Lanes selectOrZero(const Mask &m, const Lanes &a) { return { _mm256_and_pd(m.v, a.v) }; }
inline Mask operator>(const Lanes &a, const Lanes &b) { return { _mm256_cmp_pd(a.v, b.v, _CMP_GT_OQ) }; }
inline Mask operator<(const Lanes &a, const Lanes &b) { return { _mm256_cmp_pd(a.v, b.v, _CMP_LT_OQ) }; }
inline Mask operator<=(const Lanes &a, const Lanes &b) { return { _mm256_cmp_pd(a.v, b.v, _CMP_LE_OQ) }; }
inline Mask operator>=(const Lanes &a, const Lanes &b) { return { _mm256_cmp_pd(a.v, b.v, _CMP_GE_OQ) }; }
inline Mask operator&(const Mask &a, const Mask &b) { return { _mm256_and_pd(a.v, b.v) }; }
inline Mask operator|(const Mask &a, const Mask &b) { return { _mm256_or_pd(a.v, b.v) }; }
inline Mask operator!(const Mask &a) { return { _mm256_xor_pd(a.v, _mm256_castsi256_pd(_mm256_set1_epi32(-1))) }; }
inline Mask lanesIsNan(const Lanes &a) { return { _mm256_cmp_pd(a.v, a.v, _CMP_UNORD_Q) }; }
